package com.xingping.unit;

import com.xingping.support.OnPostgres;

@OnPostgres
class UnitRegistryOnPostgresIT extends UnitRegistryContract {
}
