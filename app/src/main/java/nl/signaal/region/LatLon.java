/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

/** A point in WGS84 degrees (EPSG:4326), latitude first as CAP 1.2 writes it. */
public record LatLon(double latitude, double longitude) {}
