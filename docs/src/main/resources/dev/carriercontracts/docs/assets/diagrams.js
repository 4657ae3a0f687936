// State machines, drawn from the Mermaid text the generator wrote into each <pre class="mermaid">.
mermaid.initialize({
  startOnLoad: true,
  securityLevel: 'strict',
  theme: 'neutral',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  state: { useMaxWidth: true }
});
