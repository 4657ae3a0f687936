package dev.carriercontracts.mock.cnexpress.waybill;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaybillTest {

    @Test
    void the_receiver_keeps_only_the_last_four_characters_of_the_id_number() {
        Waybill.Receiver receiver = new Waybill.Receiver("张三", "12345678911", "黄浦江路33号", "黄山市", "200000", "X40192928323");

        assertThat(receiver.maskedIdNumber()).isEqualTo("********8323");
        assertThat(receiver.toString()).doesNotContain("X40192928323");
    }

    @Test
    void masking_an_already_masked_id_number_changes_nothing() {
        assertThat(Waybill.Receiver.maskIdNumber("********8323")).isEqualTo("********8323");
        assertThat(Waybill.Receiver.maskIdNumber(Waybill.Receiver.maskIdNumber("123239230921312"))).isEqualTo("***********1312");
    }

    @Test
    void an_id_number_of_four_characters_or_fewer_is_masked_entirely() {
        assertThat(Waybill.Receiver.maskIdNumber("1234")).isEqualTo("****");
        assertThat(Waybill.Receiver.maskIdNumber("12")).isEqualTo("**");
        assertThat(Waybill.Receiver.maskIdNumber("")).isEmpty();
        assertThat(Waybill.Receiver.maskIdNumber(null)).isNull();
    }

    @Test
    void masking_counts_characters_not_utf16_units() {
        assertThat(Waybill.Receiver.maskIdNumber("身份证号码𠀀123")).isEqualTo("*****𠀀123");
    }

    @Test
    void missing_parts_become_empty_ones_and_the_item_list_is_a_copy() {
        List<Waybill.Item> items = new ArrayList<>(Arrays.asList(new Waybill.Item("爱他美奶粉1段", "5000378998287", 2), null));
        Waybill waybill = new Waybill(null, null, null, null, null, null, false, null, null, null, null, items, null);
        items.clear();

        assertThat(waybill.route()).isEqualTo(new Waybill.Route(null, null));
        assertThat(waybill.sender().name()).isNull();
        assertThat(waybill.receiver().maskedIdNumber()).isNull();
        assertThat(waybill.dimensionsCm()).isEqualTo(new Waybill.Dimensions(0, 0, 0));
        assertThat(waybill.items()).containsExactly(new Waybill.Item("爱他美奶粉1段", "5000378998287", 2));
    }
}
