/** GraphQL conventions: scalars, global IDs, connections, user errors and operation decorators. */
package io.carepulse.platform.graphql;
