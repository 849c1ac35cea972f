package com.xingping.reporting;

import com.xingping.support.OnPostgres;

@OnPostgres
class UploadSafetyOnPostgresIT extends UploadSafetyContract {
}
