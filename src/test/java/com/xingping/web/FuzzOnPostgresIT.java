package com.xingping.web;

import com.xingping.support.OnPostgres;

@OnPostgres
class FuzzOnPostgresIT extends FuzzContract {
}
