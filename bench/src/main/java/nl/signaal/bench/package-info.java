/** Benchmarks and measurement harnesses; their results go to docs/benchmarks.md. */
@NullMarked
package nl.signaal.bench;

import org.jspecify.annotations.NullMarked;
