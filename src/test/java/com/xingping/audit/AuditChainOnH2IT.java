package com.xingping.audit;

class AuditChainOnH2IT extends AuditChainContract {
}
