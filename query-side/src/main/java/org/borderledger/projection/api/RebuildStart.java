package org.borderledger.projection.api;

/**
 * The answer to a rebuild request: started in the background, refused as one is running, refused as
 * other instances hold a share of the segments (a rebuild resets every segment, which only an
 * instance that may claim them all can do), or no such group.
 */
public enum RebuildStart { STARTED, ALREADY_REBUILDING, OTHER_INSTANCES_RUNNING, UNKNOWN_PROCESSING_GROUP }
