/** Demo data for development: the organisations the dev identity provider knows. */
package io.carepulse.demo;
