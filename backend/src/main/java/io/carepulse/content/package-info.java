/**
 * Content: what an organisation posts, and the path it takes to publication — medical review by
 * someone other than its author, PHI screening of every text field, and for patient stories the
 * patient's consent. Its published API is {@link io.carepulse.content.Content} and
 * {@link io.carepulse.content.ContentStatus}.
 */
package io.carepulse.content;
