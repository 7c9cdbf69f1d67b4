/** Tenant isolation: {@link io.carepulse.platform.tenancy.TenantMongo} scopes every read and write. */
package io.carepulse.platform.tenancy;
