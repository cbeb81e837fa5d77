package uk.council.procurement.platform;

import java.util.List;

/** One page of a longer list, and how long the whole list is. */
public record Page<T>(List<T> rows, long total) {
}
