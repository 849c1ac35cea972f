package com.xingping.roster;

class RosterRegistryOnH2IT extends RosterRegistryContract {
}
