package com.xingping.results;

import com.xingping.support.OnPostgres;

@OnPostgres
class PublicationOnPostgresIT extends PublicationContract {
}
