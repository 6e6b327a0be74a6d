/**
 * How the substance module reads chemical structures (CDK): the parent structure of a SMILES, the structural group
 * patterns, and the standard InChIKey. Used only through {@link nl.signaal.substance.StructureClassifier}.
 */
@NullMarked
package nl.signaal.substance.internal.structure;

import org.jspecify.annotations.NullMarked;
