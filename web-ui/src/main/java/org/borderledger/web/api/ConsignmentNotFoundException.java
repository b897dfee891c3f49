package org.borderledger.web.api;

/** Asked for a consignment id that the system has never seen; answered with 404. */
class ConsignmentNotFoundException extends RuntimeException {

    ConsignmentNotFoundException(String consignmentId) {
        super(consignmentId, null, false, false);
    }
}
