package com.xingping.identity;

import com.xingping.support.OnPostgres;

@OnPostgres
class RouteMatrixOnPostgresIT extends RouteMatrixContract {
}
