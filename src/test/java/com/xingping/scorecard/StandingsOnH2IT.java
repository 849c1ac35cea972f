package com.xingping.scorecard;

class StandingsOnH2IT extends StandingsContract {
}
