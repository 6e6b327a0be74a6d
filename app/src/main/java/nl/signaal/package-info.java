@NullMarked
package nl.signaal;

import org.jspecify.annotations.NullMarked;
