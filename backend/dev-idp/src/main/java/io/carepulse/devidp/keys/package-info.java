/**
 * The RSA key every token is signed with, generated once and reused so tokens survive restarts.
 */
package io.carepulse.devidp.keys;
