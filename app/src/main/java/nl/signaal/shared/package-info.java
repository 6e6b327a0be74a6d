/**
 * Shared kernel: value types that every module may use (region and country codes, ISO weeks), and {@link
 * nl.signaal.shared.DirectIdentifiers}, the stateless check of direct identifiers in a table that the command line
 * ({@code pseudonymise}) and the upload of linked lists both apply. No beans, no repositories, no state.
 */
@NullMarked
package nl.signaal.shared;

import org.jspecify.annotations.NullMarked;
