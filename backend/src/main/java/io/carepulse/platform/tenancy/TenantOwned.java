package io.carepulse.platform.tenancy;

/** A document that belongs to one organisation. Its field {@code organizationId} holds the slug. */
public interface TenantOwned {

    String FIELD = "organizationId";

    String organizationId();
}
