package io.ledgerline.demo;

import java.util.List;

/**
 * Ground truth for one planted account takeover.
 *
 * @param cluster                   the attacker cluster, 1 or 2; clusters share no device, ip or address
 * @param requestId                 the forged or unverified legal request under which the victim's data was disclosed
 * @param unauthorizedWithdrawalIds event ids of the attacker's successful WITHDRAWALs, in time order
 * @param frozen                    whether the account was frozen after the theft
 */
public record PlantedVictim(String accountId, int cluster, String requestId, List<String> unauthorizedWithdrawalIds,
        boolean frozen) {

    public PlantedVictim {
        unauthorizedWithdrawalIds = List.copyOf(unauthorizedWithdrawalIds);
    }
}
