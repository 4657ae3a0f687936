package dev.carriercontracts.mock.cj.freight;

import dev.carriercontracts.mock.carrier.CarrierCall;
import dev.carriercontracts.mock.cj.CjAnswers;
import dev.carriercontracts.mock.cj.CjEnvelope;
import dev.carriercontracts.mock.cj.freight.wire.FreightCalculateRequest;
import dev.carriercontracts.mock.cj.freight.wire.FreightTipRequest;
import dev.carriercontracts.mock.cj.freight.wire.PartnerFreightRequest;

/** The three freight calculations: bind the validated body, compute, answer. */
public final class FreightHandlers {

    private final FreightCalculation standard;
    private final DetailedFreightCalculation detailed;
    private final MerchantFreightCalculation merchant;
    private final CjAnswers answers;

    public FreightHandlers(RateTable table, GoodsResolver goods, CjAnswers answers) {
        this.standard = new FreightCalculation(table, goods);
        this.detailed = new DetailedFreightCalculation(table, goods);
        this.merchant = new MerchantFreightCalculation(table, goods);
        this.answers = answers;
    }

    public void freightCalculate(CarrierCall call) {
        answers.answer(call, standard.quote(call.bodyAs(FreightCalculateRequest.class)));
    }

    public void freightCalculateTip(CarrierCall call) {
        answers.answer(call, detailed.quote(call.bodyAs(FreightTipRequest.class)), CjEnvelope::successFlagged);
    }

    public void partnerFreightCalculate(CarrierCall call) {
        answers.answer(call, merchant.quote(call.bodyAs(PartnerFreightRequest.class)));
    }
}
