// The interactive API reference (Swagger UI from its webjar), fed the spec embedded in specs/<id>.js:
// no request for the spec, so the page also works when opened straight from the disk.
window.addEventListener('load', function () {
  var target = document.getElementById('api-reference');
  window.apiReference = SwaggerUIBundle({
    spec: window.carrierSpec,
    domNode: target,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    validatorUrl: null,            // the default sends the spec to an online validator
    docExpansion: 'list',
    defaultModelsExpandDepth: -1,  // schemas are shown inside each operation
    displayOperationId: true,      // the generated clients' method names
    displayRequestDuration: true,
    deepLinking: false,
    tryItOutEnabled: false
  });
});
