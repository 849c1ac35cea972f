package com.xingping.reporting;

import com.xingping.support.OnPostgres;

@OnPostgres
class ReportingOnPostgresIT extends ReportingContract {
}
