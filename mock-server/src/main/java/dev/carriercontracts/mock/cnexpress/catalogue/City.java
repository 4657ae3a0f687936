package dev.carriercontracts.mock.cnexpress.catalogue;

import java.util.List;

/** A node of the receiver city tree: a province, a city or a district, with the nodes below it. */
public record City(String name, List<City> contains) {

    public City {
        contains = contains == null ? List.of() : List.copyOf(contains);
    }
}
