package dev.carriercontracts.mock.cnexpress.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The receiver cities ({@code GET /cities}) and the one question an order asks of them: can this name be a
 * receiver city? Any name of the tree can, at any level, except the refused regions (香港, 澳门, 台湾) and the
 * nodes below them, which the tree lists but the carrier refuses.
 *
 * <p>Stored packages keep a city's index rather than its name: a few bytes each, and the name is written
 * from here.
 */
public final class CityTree {

    /** What the tree says of a receiver city name. */
    public sealed interface Verdict {
        /** A valid receiver city, by its index in the tree. */
        record Accepted(int index) implements Verdict {
        }

        /** In the tree, but in a refused region. */
        record Refused() implements Verdict {
        }

        /** Not in the tree. */
        record Unknown() implements Verdict {
        }
    }

    private static final Verdict REFUSED = new Verdict.Refused();
    private static final Verdict UNKNOWN = new Verdict.Unknown();

    private final List<City> roots;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** @param refusedRegions names whose nodes, and every node below them, are refused as receiver cities */
    public CityTree(List<City> roots, Set<String> refusedRegions) {
        this.roots = List.copyOf(roots);
        Set<String> refused = new HashSet<>();
        roots.forEach(root -> collect(root, refusedRegions, false, refused));
        for (String name : refused) {
            verdicts.put(name, REFUSED);   // a name that is also elsewhere in the tree stays refused
        }
    }

    private void collect(City city, Set<String> refusedRegions, boolean inRefusedRegion, Set<String> refused) {
        boolean isRefused = inRefusedRegion || refusedRegions.contains(city.name());
        if (isRefused) {
            refused.add(city.name());
        } else if (!verdicts.containsKey(city.name())) {
            verdicts.put(city.name(), new Verdict.Accepted(names.size()));
            names.add(city.name());
        }
        city.contains().forEach(child -> collect(child, refusedRegions, isRefused, refused));
    }

    public List<City> roots() {
        return roots;
    }

    public Verdict judge(String name) {
        return verdicts.getOrDefault(name, UNKNOWN);
    }

    /** Whether a name is anywhere in the tree (refused or not). */
    public boolean contains(String name) {
        return verdicts.containsKey(name);
    }

    /** The name of an accepted city, by the index {@link #judge} gave. */
    public String name(int index) {
        return names.get(index);
    }
}
