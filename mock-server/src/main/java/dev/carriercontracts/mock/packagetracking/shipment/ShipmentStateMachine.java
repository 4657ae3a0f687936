package dev.carriercontracts.mock.packagetracking.shipment;

import dev.carriercontracts.mock.carrier.StateMachineDiagram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipment state machine as data for the docs and the console, read from {@link ShipmentStatus} (states,
 * initial, finals) and the {@link Ending} journeys (what triggers each move: the delays between the traces, and
 * the magic prefix when only one ending makes the move). The spec's {@code x-state-machines} says the same.
 */
public final class ShipmentStateMachine {

    public static final String NAME = "Package-tracking shipment";
    public static final String KIND = "shipment";

    private ShipmentStateMachine() {
    }

    public static StateMachineDiagram diagram() {
        Map<List<ShipmentStatus>, StateMachineDiagram.Transition> moves = new LinkedHashMap<>();
        for (Ending ending : Ending.values()) { // the default ending first: a move it makes needs no magic value
            List<Leg> legs = ending.legs();
            int entered = 0;
            for (int i = 1; i < legs.size(); i++) {
                ShipmentStatus from = legs.get(entered).status();
                ShipmentStatus to = legs.get(i).status();
                if (from != to) {
                    moves.putIfAbsent(List.of(from, to), new StateMachineDiagram.Transition(from.stateName(), to.stateName(),
                            trigger(ending, legs.subList(entered + 1, i + 1))));
                    entered = i;
                }
            }
        }
        List<String> finals = Arrays.stream(ShipmentStatus.values()).filter(ShipmentStatus::isFinal).map(ShipmentStatus::stateName).toList();
        return new StateMachineDiagram(NAME, KIND, ShipmentStatus.COLLECTED.stateName(), new ArrayList<>(moves.values()), finals);
    }

    /** e.g. {@code expNo starts with RETURN: after delays.delivered (default PT0.5S)}. */
    private static String trigger(Ending ending, List<Leg> waited) {
        List<String> parts = new ArrayList<>();
        Duration total = Duration.ZERO;
        for (int i = 0; i < waited.size(); ) {
            Delay delay = waited.get(i).after();
            int times = 0;
            while (i < waited.size() && waited.get(i).after() == delay) {
                times++;
                i++;
            }
            parts.add("delays." + delay.configKey() + (times > 1 ? " × " + times : ""));
            total = total.plus(Delay.DEFAULT.multipliedBy(times));
        }
        String after = "after " + String.join(" + ", parts) + " (default " + total + ")";
        return ending.magicPrefix().map(prefix -> "expNo starts with " + prefix + ": " + after).orElse(after);
    }
}
