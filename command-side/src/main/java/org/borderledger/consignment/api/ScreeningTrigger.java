package org.borderledger.consignment.api;

/** Why a consignment was screened. */
public enum ScreeningTrigger {
    DECLARATION, AMENDMENT, LIST_PUBLISHED
}
