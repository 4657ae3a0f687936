package dev.carriercontracts.docs;

import java.util.List;

/** Everything the pages are rendered from: the specs as read, and what {@code site.yaml} adds. */
record Site(String version, SiteContents contents, List<Carrier> carriers, CarrierSpec admin) {

    Site {
        carriers = List.copyOf(carriers);
    }

    /** A carrier's page: its short name, its spec and its client. */
    record Carrier(String name, CarrierSpec spec, SiteContents.Client client) {

        String href() {
            return spec.id() + ".html";
        }
    }

    static Site read(String version, SiteContents contents, SpecSource specs) {
        List<Carrier> carriers = contents.carriers().stream()
                .map(c -> new Carrier(c.name(), SpecReader.read(c.spec(), specs.read(c.spec())), c.client()))
                .toList();
        return new Site(version, contents, carriers, SpecReader.read(contents.admin().spec(), specs.read(contents.admin().spec())));
    }
}
