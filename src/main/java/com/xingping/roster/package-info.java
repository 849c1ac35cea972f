/** Each unit's member roster for a year (name, leadership or ordinary, study hours), feeding study-2c. */
package com.xingping.roster;
