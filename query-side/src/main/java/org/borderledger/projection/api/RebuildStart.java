package org.borderledger.projection.api;

/** The answer to a rebuild request: started in the background, refused as one is running, or no such group. */
public enum RebuildStart { STARTED, ALREADY_REBUILDING, UNKNOWN_PROCESSING_GROUP }
