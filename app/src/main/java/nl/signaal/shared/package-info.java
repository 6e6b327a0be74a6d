/**
 * Shared kernel: value types that every module may use (region and country codes, ISO weeks). No beans, no
 * repositories, no state.
 */
@NullMarked
package nl.signaal.shared;

import org.jspecify.annotations.NullMarked;
