package io.carepulse.platform.graphql;

import org.springframework.data.domain.Sort;

/** GraphQL {@code OrderDirection} of every list's {@code orderBy}. */
public enum OrderDirection {
    ASC,
    DESC;

    /** The direction asked for, ascending when left out. */
    public static Sort.Direction of(OrderDirection direction) {
        return direction == DESC ? Sort.Direction.DESC : Sort.Direction.ASC;
    }
}
