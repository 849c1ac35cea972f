/** The assessed departments (units): created, edited and deactivated by the committee, never deleted. */
package com.xingping.unit;
