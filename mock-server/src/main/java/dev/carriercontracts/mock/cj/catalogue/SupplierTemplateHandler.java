package dev.carriercontracts.mock.cj.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.cj.CjAnswers;

import java.util.ArrayList;
import java.util.List;

/** getSupplierLogisticsTemplate: the templates of the requested product SKUs. */
public final class SupplierTemplateHandler {

    private final SupplierTemplates templates;
    private final CjAnswers answers;

    public SupplierTemplateHandler(SupplierTemplates templates, CjAnswers answers) {
        this.templates = templates;
        this.answers = answers;
    }

    public void getSupplierLogisticsTemplate(CarrierCall call) {
        List<String> skus = new ArrayList<>();
        for (JsonNode sku : call.body().path("skuList")) {
            skus.add(sku.asText());
        }
        answers.answer(call, templates.forSkus(skus));
    }
}
