/** Pages and JSON of the resources library and the procurement toolkit; everything goes through ProcurementService. */
@NullMarked
package org.custodes.procurement.web;

import org.jspecify.annotations.NullMarked;
