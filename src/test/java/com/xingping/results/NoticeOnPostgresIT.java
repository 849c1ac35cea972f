package com.xingping.results;

import com.xingping.support.OnPostgres;

@OnPostgres
class NoticeOnPostgresIT extends NoticeContract {
}
