/** What the decision view says of a line revoked or corrected later (Law 2022 Chapter VII). The English must have the same keys. */
export const vi = {
  decisionFates: {
    revokedBy: 'Đã thu hồi tại Quyết định số {number} ngày {date}',
    correctedBy: 'Đính chính tại Quyết định số {number} ngày {date}',
    recovered: 'Đã thu hồi {what} ngày {date}',
    money: 'tiền thưởng',
    certificate: 'hiện vật',
    moneyAndCertificate: 'tiền thưởng và hiện vật',
    recoveredNothing: 'Ngày {date}: chưa thu hồi được tiền thưởng, hiện vật',
  },
};

export const en: typeof vi = {
  decisionFates: {
    revokedBy: 'Revoked by decision {number} of {date}',
    correctedBy: 'Corrected by decision {number} of {date}',
    recovered: '{what} recovered on {date}',
    money: 'Reward money',
    certificate: 'Certificate',
    moneyAndCertificate: 'Reward money and certificate',
    recoveredNothing: 'On {date}: neither the money nor the certificate recovered yet',
  },
};
