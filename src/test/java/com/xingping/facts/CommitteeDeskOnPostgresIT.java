package com.xingping.facts;

import com.xingping.support.OnPostgres;

@OnPostgres
class CommitteeDeskOnPostgresIT extends CommitteeDeskContract {
}
