package com.xingping.reform;

import com.xingping.support.OnPostgres;

@OnPostgres
class ReformOnPostgresIT extends ReformContract {
}
