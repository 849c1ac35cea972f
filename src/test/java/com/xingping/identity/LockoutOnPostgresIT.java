package com.xingping.identity;

import com.xingping.support.OnPostgres;

@OnPostgres
class LockoutOnPostgresIT extends LockoutContract {
}
