package com.xingping.scorecard;

import com.xingping.support.OnPostgres;

@OnPostgres
class StandingsOnPostgresIT extends StandingsContract {
}
