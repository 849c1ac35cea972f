package com.xingping.roster;

import com.xingping.support.OnPostgres;

@OnPostgres
class RosterRegistryOnPostgresIT extends RosterRegistryContract {
}
