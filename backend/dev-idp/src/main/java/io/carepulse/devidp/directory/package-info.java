/**
 * Who can sign in: the demo organisations and one demo user per role in each.
 */
package io.carepulse.devidp.directory;
