package com.xingping.generate;

import com.xingping.support.OnPostgres;

@OnPostgres
class GenerateOnPostgresIT extends GenerateContract {
}
