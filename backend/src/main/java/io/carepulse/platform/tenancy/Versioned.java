package io.carepulse.platform.tenancy;

/** A tenant-owned document updated with optimistic concurrency through its {@code version}. */
public interface Versioned extends TenantOwned {

    String VERSION_FIELD = "version";

    int version();
}
