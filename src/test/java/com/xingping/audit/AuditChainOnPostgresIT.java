package com.xingping.audit;

import com.xingping.support.OnPostgres;

@OnPostgres
class AuditChainOnPostgresIT extends AuditChainContract {
}
