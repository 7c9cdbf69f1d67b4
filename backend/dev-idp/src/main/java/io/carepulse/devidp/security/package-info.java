/**
 * The HTTP face: authorization server endpoints, the login form, which paths are open, and the
 * CORS rules that let the SPA call the token endpoint from the browser.
 */
package io.carepulse.devidp.security;
