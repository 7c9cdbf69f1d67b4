/**
 * Files uploaded beside GraphQL ({@code POST /api/files}, multipart) and kept in MongoDB's GridFS,
 * each in its organisation, with its SHA-256, size and sniffed content type. A feature declares
 * the kinds it accepts ({@link io.carepulse.platform.files.FileKind}: who may upload, how large,
 * which types) and attaches an upload to its object with a GraphQL mutation ({@link
 * io.carepulse.platform.files.StoredFiles#claim}); uploads never attached are removed after a day.
 */
package io.carepulse.platform.files;
