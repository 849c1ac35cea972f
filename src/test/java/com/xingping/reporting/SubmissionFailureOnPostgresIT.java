package com.xingping.reporting;

import com.xingping.support.OnPostgres;

@OnPostgres
class SubmissionFailureOnPostgresIT extends SubmissionFailureContract {
}
